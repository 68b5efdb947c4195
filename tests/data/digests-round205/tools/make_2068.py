#!/usr/bin/env python3
"""2068: a ROS 2 launch file in XML (`elster_bringup.launch.xml` of an invented mobile-manipulator project), German
XML comments and arg descriptions: arXiv links (`/abs/`, `/pdf/…v1`, `http://…v2`) in comments and a param value, one
id in an arg description, four titles alone (one not on arXiv; one in a param value), and non-papers (ROS 2 docs,
MoveIt 2, Nav2, a book, an internal dataset, a talk, the project's repository). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GO

F = by_num(2068)
TXT = fill('''<?xml version="1.0" encoding="UTF-8"?>
<!--
  elster_bringup.launch.xml  (Paket elster_bringup)
  Startet den mobilen Manipulator "Elster": Beschreibung, Kamera, VLA-Policy, MoveIt 2.
  Betreuung: Jonas Wiedemann <j.wiedemann@elster-robotik.example.de>
  Code: https://github.com/elster-robotik/elster_ws
  Aufruf: ros2 launch elster_bringup elster_bringup.launch.xml use_sim_time:=true

  Hintergrund (Lesekreis, Stand Mai):
    [[T:2204.01691]]
      https://arxiv.org/abs/2204.01691
    [[T:2307.15818]] - https://arxiv.org/pdf/2307.15818v1
    [[T:2106.01345]] (http://arxiv.org/abs/2106.01345v2)
  Ohne Link, liegen im Gruppenordner:
    "[[T:GO]]"
    "[[T:2106.02039]]"
    "[[T:2101.03958]]"
  Doku: https://docs.ros.org/en/humble/How-To-Guides/Launch-file-different-formats.html
  Buch: Thrun, Burgard, Fox - "Probabilistic Robotics", Kap. 5
  Daten: elster-greif-2024 (interne Aufnahmen, /srv/elster/bags), Vortrag: https://video.elster-robotik.example.de/vortrag/2024-05
-->
<launch>
  <arg name="use_sim_time" default="false" description="Simulationszeit (Gazebo/Isaac) verwenden"/>
  <arg name="policy_ckpt" default="$(find-pkg-share elster_policy)/ckpt/vla_v7.onnx" description="Policy-Checkpoint; Bildencoder wie in [[T:2204.14198]] (arXiv 2204.14198) eingefroren"/>
  <arg name="kamera_ns" default="kamera"/>

  <include file="$(find-pkg-share elster_description)/launch/description.launch.py">
    <arg name="use_sim_time" value="$(var use_sim_time)"/>
  </include>

  <node pkg="realsense2_camera" exec="realsense2_camera_node" name="kamera" namespace="$(var kamera_ns)">
    <param name="rgb_camera.profile" value="640x480x30"/>
    <param name="align_depth.enable" value="true"/>
  </node>

  <group>
    <push-ros-namespace namespace="elster"/>
    <!-- VLA-Policy: Sprachbefehl + Bild -> Greiferpose (Tokenisierung der Aktionen wie bei RT-2) -->
    <node pkg="elster_policy" exec="vla_node" name="vla_policy" output="screen">
      <param name="checkpoint" value="$(var policy_ckpt)"/>
      <param name="use_sim_time" value="$(var use_sim_time)"/>
      <param name="action_bins" value="256"/>
      <param name="sprachencoder_notiz" value="Text-Encoder eingefroren wie in: [[T:2106.13884]]"/>
      <remap from="image_raw" to="/$(var kamera_ns)/color/image_raw"/>
    </node>
    <node pkg="elster_planning" exec="greif_planer" name="greif_planer">
      <param name="planner_id" value="RRTConnectkConfigDefault"/>
    </node>
  </group>

  <!-- MoveIt 2 und Nav2 wie in den offiziellen Tutorials, nichts Eigenes -->
  <include file="$(find-pkg-share elster_moveit_config)/launch/move_group.launch.py"/>
  <include file="$(find-pkg-share nav2_bringup)/launch/navigation_launch.py">
    <arg name="use_sim_time" value="$(var use_sim_time)"/>
  </include>
</launch>
''', {"GO": GO})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
