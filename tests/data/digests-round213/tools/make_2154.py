#!/usr/bin/env python3
"""2154: an AWS CloudFormation template in YAML (`retrieval-stack.yaml`: AWSTemplateFormatVersion, Description,
Metadata with AWS::CloudFormation::Interface, Parameters, Mappings, Conditions, Resources — a security group, a launch
template, an instance, an S3 bucket, a CloudWatch alarm — and Outputs, with `!Ref` / `!Sub` / `!GetAtt` / `!FindInMap`
/ `!If` tags, `Tags` lists and `#` comments) of an invented German vision-language retrieval group: an OpenReview forum
link and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) in Tag values and comments, one `arXiv:2103.03230` in a Tag
value, titles alone in comments; non-papers (the AWS docs, a book, a dataset, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2154)
TXT = fill(r'''AWSTemplateFormatVersion: "2010-09-09"
Description: >-
  Bildsprache-Labor: Retrieval-Demo (Bild-Text-Suche) mit einem GPU-Knoten und einem
  Bucket fuer Einbettungen. Pflege: Katharina Brandtner <k.brandtner@bildsprache-lab.example.de>

# Vorlage fuer das Lesegruppen-Demo, Stand Mai 2024.
# Repo: https://github.com/bildsprache-lab/retrieval-stack
# Doku: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
# Vortrag zum Demo: https://video.bildsprache-lab.example.de/vortraege/2024-05
# Buch fuer die Einsteiger: Szeliski, "Computer Vision: Algorithms and Applications", Kap. 6
# Index gebaut auf MS COCO (val2017) -- Datensatz, kein Paper.
#
# Hintergrundlektuere fuer die Gruppe (nur Titel, ohne Links):
#   - [[T:2006.07733]]
#   - [[T:2010.04592]]
#   - [[T:2011.04419]]

Metadata:
  AWS::CloudFormation::Interface:
    ParameterGroups:
      - Label:
          default: Netzwerk
        Parameters:
          - VpcId
          - SubnetId
      - Label:
          default: Rechenknoten
        Parameters:
          - InstanceType
          - KeyName

Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Description: VPC des Labors
  SubnetId:
    Type: AWS::EC2::Subnet::Id
    Description: Oeffentliches Subnetz fuer den Demo-Knoten
  InstanceType:
    Type: String
    Default: g5.xlarge
    AllowedValues:
      - g5.xlarge
      - g5.2xlarge
    Description: GPU-Instanz fuer den Encoder
  KeyName:
    Type: AWS::EC2::KeyPair::KeyName
    Description: SSH-Schluessel (Lesegruppe)
  Umgebung:
    Type: String
    Default: demo
    AllowedValues:
      - demo
      - prod

Mappings:
  RegionAmi:
    eu-central-1:
      Ami: ami-0a1b2c3d4e5f60718
    eu-west-1:
      Ami: ami-0f9e8d7c6b5a40312

Conditions:
  IstProd: !Equals [!Ref Umgebung, prod]

Resources:
  DemoSicherheitsgruppe:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: HTTPS und SSH fuer das Retrieval-Demo
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 10.44.0.0/16

  # Encoder: [[T:2103.00020]]
  #   https://arxiv.org/abs/2103.00020
  EncoderKnoten:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !FindInMap [RegionAmi, !Ref "AWS::Region", Ami]
      InstanceType: !Ref InstanceType
      KeyName: !Ref KeyName
      SubnetId: !Ref SubnetId
      SecurityGroupIds:
        - !Ref DemoSicherheitsgruppe
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          cd /opt/retrieval && ./start.sh --bucket ${EinbettungsBucket} --port 443
      Tags:
        - Key: Name
          Value: !Sub "retrieval-${Umgebung}-encoder"
        - Key: Paper
          Value: "[[T:2103.00020]]"
        - Key: Paper2
          Value: "[[T:2204.14198]] -- https://arxiv.org/pdf/2204.14198v1"
        - Key: Paper3
          Value: "[[T:2304.08485]] (http://arxiv.org/abs/2304.08485)"

  # Feinabstimmung des Encoders nach [[T:2011.06182]]
  #   https://openreview.net/forum?id=[[ID:OR]]
  EinbettungsBucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Sub "bildsprache-einbettungen-${AWS::AccountId}"
      VersioningConfiguration:
        Status: !If [IstProd, Enabled, Suspended]
      Tags:
        - Key: Verlustfunktion
          Value: "[[T:2103.03230]], arXiv:2103.03230"

  GpuAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmDescription: CPU des Encoder-Knotens laenger als 15 Minuten ueber 90 %
      Namespace: AWS/EC2
      MetricName: CPUUtilization
      Dimensions:
        - Name: InstanceId
          Value: !Ref EncoderKnoten
      Statistic: Average
      Period: 300
      EvaluationPeriods: 3
      Threshold: 90
      ComparisonOperator: GreaterThanThreshold

Outputs:
  DemoAdresse:
    Description: Oeffentlicher DNS-Name des Demos
    Value: !Sub "https://${EncoderKnoten.PublicDnsName}/"
  BucketArn:
    Description: ARN des Einbettungs-Buckets
    Value: !GetAtt EinbettungsBucket.Arn
''', {"OR": OR("2011.06182")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
